# Generates near-duplicate-pairs.tsv: Kazakh Latin texts are written with the official 2021
# alphabet (a table independent of the one Kenes folds with).
K2021 = {'а':'a','ә':'ä','б':'b','в':'v','г':'g','ғ':'ğ','д':'d','е':'e','ё':'io','ж':'j','з':'z',
 'и':'i','й':'i','к':'k','қ':'q','л':'l','м':'m','н':'n','ң':'ñ','о':'o','ө':'ö','п':'p','р':'r',
 'с':'s','т':'t','у':'w','ұ':'u','ү':'ü','ф':'f','х':'h','һ':'h','ц':'ts','ч':'ç','ш':'ş','щ':'şş',
 'ъ':'','ы':'y','і':'ı','ь':'','э':'e','ю':'iu','я':'ia'}
def lat(s):
    out=[]
    for ch in s:
        low=ch.lower()
        if low in K2021:
            t=K2021[low]
            out.append(t.capitalize() if ch!=low else t)
        else:
            out.append(ch)
    return ''.join(out)

rows=[]
def dup(lang,a,b): rows.append(('dup',lang,a,b))
def non(lang,a,b): rows.append(('non',lang,a,b))

# --- kk: Cyrillic against Latin (2021), the same proposal
kk_same = [
 ("Топырақтану модуліне топырақ құнарлылығын бағалау бойынша зертханалық жұмыс қосу",
  "Топырақтану модуліне топырақ құнарлылығын бағалау бойынша зертханалық жұмыстар қосу"),
 ("Агрономия бағдарламасына дрондарды ауыл шаруашылығында қолдану курсын енгізу",
  "Агрономия бағдарламасына ауыл шаруашылығында дрондарды қолдану курсын енгізу"),
 ("Мал дәрігерлігі модулінде вакцинация кестесін құру тақырыбын кеңейту",
  "Мал дәрігерлігі модулінде вакцинация кестесін құру тақырыбын кеңейту керек"),
 ("Бағдарламалау негіздері курсына Python тілінде практикалық тапсырмалар қосу",
  "Бағдарламалау негіздері курсына Python тілінде практикалық тапсырмалар қосу"),
 ("Су ресурстарын басқару модуліне суару жүйелерінің тиімділігі туралы дәріс қосу",
  "Су ресурстарын басқару модуліне суару жүйелерінің тиімділігі туралы дәрістер қосу"),
 ("Деректер қоры курсында SQL сұраныстарын оңтайландыруды оқыту",
  "Деректер қоры курсында SQL сұраныстарын оңтайландыруды үйрету"),
 ("Өсімдік шаруашылығы модулінен ескірген тыңайтқыштар тақырыбын алып тастау",
  "Өсімдік шаруашылығы модулінен ескірген тыңайтқыштар тақырыбын алып тастау ұсынылады"),
 ("Кәсіпкерлік негіздері пәнін бірінші курс студенттеріне енгізу",
  "Кәсіпкерлік негіздері пәнін бірінші курс студенттері үшін енгізу"),
 ("Жасанды интеллект модуліне нейрондық желілер бойынша зертханалық жұмыстар қосу",
  "Жасанды интеллект модуліне нейрондық желілер бойынша зертханалық жұмыс қосу"),
 ("Ветеринариялық фармакология курсында антибиотиктерді дұрыс қолдануды түсіндіру",
  "Ветеринариялық фармакология курсында антибиотиктерді дұрыс қолдануды түсіндіру қажет"),
]
for a,b in kk_same: dup('kk',a,lat(b))
# --- kk: Cyrillic against Cyrillic with case, typos and a missing letter
dup('kk',"Топырақ эрозиясына қарсы шаралар туралы жаңа модуль ашу","ТОПЫРАҚ ЭРОЗИЯСЫНА ҚАРСЫ ШАРАЛАР ТУРАЛЫ ЖАҢА МОДУЛЬ АШУ")
dup('kk',"Киберқауіпсіздік негіздері курсын бағдарламаға қосу","Киберкауипсиздик негиздери курсын бағдарламаға косу")
dup('kk',"Ауыл шаруашылығы техникасына қызмет көрсету бойынша тәжірибе өту","Ауыл шаруашылығы техникасына қызмет көрсету бойынша тәжірибеден өту")
dup('kk',lat("Мобильді қосымшалар әзірлеу курсына Flutter тақырыбын қосу"),lat("Мобильді қосымшалар әзірлеу курсына Flutter тақырыбын енгізу"))
# --- kk: different proposals, same field
non('kk',"Топырақтану модуліне топырақ құнарлылығын бағалау бойынша зертханалық жұмыс қосу",lat("Топырақтану модулінен топырақ картасын оқу тақырыбын алып тастау"))
non('kk',"Агрономия бағдарламасына дрондарды ауыл шаруашылығында қолдану курсын енгізу","Агрономия бағдарламасына тұқым шаруашылығы бойынша өндірістік практика қосу")
non('kk',"Мал дәрігерлігі модулінде вакцинация кестесін құру тақырыбын кеңейту",lat("Мал азығын дайындау технологиясы бойынша жаңа курс ашу"))
non('kk',"Бағдарламалау негіздері курсына Python тілінде практикалық тапсырмалар қосу","Веб-әзірлеу курсында JavaScript фреймворктерін оқыту")
non('kk',"Су ресурстарын басқару модуліне суару жүйелерінің тиімділігі туралы дәріс қосу","Климаттың өзгеруі және оның егін шығымына әсері туралы модуль енгізу")
non('kk',"Деректер қоры курсында SQL сұраныстарын оңтайландыруды оқыту",lat("Компьютерлік желілер курсына маршрутизация бойынша зертхана қосу"))
non('kk',"Кәсіпкерлік негіздері пәнін бірінші курс студенттеріне енгізу","Ағылшын тілі сағаттарын екінші курста көбейту")
non('kk',"Жасанды интеллект модуліне нейрондық желілер бойынша зертханалық жұмыстар қосу",lat("Машиналық оқыту курсында деректерді тазалау тақырыбын кеңейту"))
non('kk',"Ветеринариялық фармакология курсында антибиотиктерді дұрыс қолдануды түсіндіру","Жануарлар анатомиясы курсына үш өлшемді модельдер қосу")
non('kk',"Топырақ эрозиясына қарсы шаралар туралы жаңа модуль ашу",lat("Жеміс-көкөніс сақтау қоймаларын жобалау курсын енгізу"))
non('kk',"Киберқауіпсіздік негіздері курсын бағдарламаға қосу","Дипломдық жұмысты қорғау ережелерін өзгерту")
non('kk',lat("Мобильді қосымшалар әзірлеу курсына Flutter тақырыбын қосу"),"Ұлттық тарих пәнінің кредиттерін азайту")

# --- ru
dup('ru',"Добавить в модуль почвоведения лабораторную работу по оценке плодородия почвы","Добавить в модуль почвоведения лабораторные работы по оценке плодородия почв")
dup('ru',"Ввести курс по применению дронов в сельском хозяйстве","Ввести курс о применении дронов в сельском хозяйстве")
dup('ru',"Расширить тему составления графика вакцинации животных","РАСШИРИТЬ ТЕМУ СОСТАВЛЕНИЯ ГРАФИКА ВАКЦИНАЦИИ ЖИВОТНЫХ")
dup('ru',"Добавить практические задания на Python в курс основ программирования","Добавить практические задания на Python в курс Основы программирования")
dup('ru',"Убрать из модуля растениеводства устаревшую тему об удобрениях","Убрать из модуля растениеводства устаревшую тему про удобрения")
dup('ru',"Включить в программу курс по кибербезопасности для первокурсников","Включить в программу курс кибербезопасности для первокурсников")
dup('ru',"Увеличить количество часов практики на ферме","Увеличить количество часов практики на фермах")
dup('ru',"Обучать оптимизации SQL-запросов в курсе баз данных","Обучать оптимизации SQL запросов в курсе по базам данных")
dup('ru',"Добавить тему ёмкостного орошения в модуль водных ресурсов","Добавить тему емкостного орошения в модуль водных ресурсов")
dup('ru',"Разработать модуль по экономике фермерского хозяйства","Разработать модуль по экономике фермерских хозяйств")
non('ru',"Добавить в модуль почвоведения лабораторную работу по оценке плодородия почвы","Исключить из модуля почвоведения тему чтения почвенных карт")
non('ru',"Ввести курс по применению дронов в сельском хозяйстве","Ввести производственную практику по семеноводству")
non('ru',"Расширить тему составления графика вакцинации животных","Открыть курс по технологии заготовки кормов")
non('ru',"Добавить практические задания на Python в курс основ программирования","Изучать JavaScript-фреймворки в курсе веб-разработки")
non('ru',"Убрать из модуля растениеводства устаревшую тему об удобрениях","Добавить модуль о влиянии изменения климата на урожайность")
non('ru',"Включить в программу курс по кибербезопасности для первокурсников","Сократить кредиты по истории Казахстана")
non('ru',"Увеличить количество часов практики на ферме","Перенести защиту дипломных работ на май")
non('ru',"Обучать оптимизации SQL-запросов в курсе баз данных","Добавить лабораторную по маршрутизации в курс компьютерных сетей")
non('ru',"Добавить тему ёмкостного орошения в модуль водных ресурсов","Добавить тему капельного полива в модуль овощеводства")
non('ru',"Разработать модуль по экономике фермерского хозяйства","Разработать модуль по анатомии сельскохозяйственных животных")

# --- en
dup('en',"Add a laboratory session on assessing soil fertility to the Soil Science module","Add laboratory sessions on assessing soil fertility to the soil science module")
dup('en',"Introduce a course on using drones in agriculture","Introduce a course on the use of drones in agriculture")
dup('en',"Extend the topic on building animal vaccination schedules","Extend the topic on building vaccination schedules for animals")
dup('en',"Add practical Python assignments to Programming Fundamentals","Add practical assignments in Python to programming fundamentals")
dup('en',"Remove the outdated fertiliser topic from the Crop Production module","Remove the outdated fertilizer topic from the crop production module")
dup('en',"Include a cybersecurity basics course for first-year students","Include a cyber security basics course for first year students")
dup('en',"Increase the hours of on-farm practice","Increase the number of hours of on-farm practice")
dup('en',"Teach SQL query optimisation in the Databases course","Teach SQL query optimization in the databases course")
dup('en',"Add a lecture on irrigation system efficiency to Water Resources Management","Add lectures on the efficiency of irrigation systems to water resources management")
dup('en',"Create a module on the economics of family farms","Create a module on family farm economics")
non('en',"Add a laboratory session on assessing soil fertility to the Soil Science module","Remove the topic on reading soil maps from the Soil Science module")
non('en',"Introduce a course on using drones in agriculture","Introduce an internship in seed production")
non('en',"Extend the topic on building animal vaccination schedules","Open a course on feed preparation technology")
non('en',"Add practical Python assignments to Programming Fundamentals","Teach JavaScript frameworks in the web development course")
non('en',"Remove the outdated fertiliser topic from the Crop Production module","Add a module on how climate change affects crop yields")
non('en',"Include a cybersecurity basics course for first-year students","Reduce the credits of the national history course")
non('en',"Increase the hours of on-farm practice","Move thesis defences to May")
non('en',"Teach SQL query optimisation in the Databases course","Add a routing lab to the Computer Networks course")
non('en',"Add a lecture on irrigation system efficiency to Water Resources Management","Add a lecture on greenhouse heating to Vegetable Growing")
non('en',"Create a module on the economics of family farms","Create a module on the anatomy of farm animals")


# --- harder near-duplicates: the same idea reworded by another author
dup('kk',"Топырақтану модуліне топырақ құнарлылығын бағалау бойынша зертханалық жұмыс қосу",lat("Топырақ құнарлылығын бағалау зертханалық жұмысын топырақтану модуліне енгізу"))
dup('kk',"Агрономия бағдарламасына дрондарды ауыл шаруашылығында қолдану курсын енгізу","Ауыл шаруашылығында дрон қолдану курсы агрономия бағдарламасында болуы керек")
dup('ru',"Ввести курс по применению дронов в сельском хозяйстве","Нужен курс: дроны и их применение в сельском хозяйстве")
dup('ru',"Увеличить количество часов практики на ферме","Больше часов практики на ферме, пожалуйста")
dup('en',"Introduce a course on using drones in agriculture","We need a course about agricultural drones and how to use them")
dup('en',"Teach SQL query optimisation in the Databases course","The Databases course should cover optimising SQL queries")

with open('near-duplicate-pairs.tsv','w') as f:
    f.write("# Labelled pairs of proposal texts: dup = the same proposal (rewording, case, diacritics,\n")
    f.write("# Kazakh in Cyrillic vs the 2021 Latin alphabet), non = different proposals, mostly of the\n")
    f.write("# same field. Columns: label, language, text a, text b (tab-separated).\n")
    for r in rows: f.write('\t'.join(r)+'\n')
import collections
print(len(rows), collections.Counter((r[0],r[1]) for r in rows))
