package kz.kenes.program.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.kenes.platform.persistence.ReadMostlyListener;
import kz.kenes.platform.persistence.Timestamps;

/**
 * An educational program of a university (code, name and field of education, such as "Agriculture
 * and veterinary" or "Engineering and IT") and its modules in order. The aggregate root of the
 * program context: modules are added and found through it; their codes are unique in the program. A
 * program has a {@link ProgramLevel} and is taught in one or more {@link TeachingLanguage}s; its
 * code is unique within its university.
 */
@Entity
@Table(name = "educational_program")
@EntityListeners(ReadMostlyListener.class)
public class EducationalProgram {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "university_id")
  private University university;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String field;

  @Column(name = "program_level", nullable = false)
  private String level;

  /** The teaching languages as codes in one column ({@link TeachingLanguage#toColumn}). */
  @Column(nullable = false)
  private String languages;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ProgramModule> modules = new ArrayList<>();

  protected EducationalProgram() {}

  /** A bachelor program taught in Kazakh and Russian. */
  public EducationalProgram(
      University university, String code, String name, String field, Instant now) {
    this(
        university,
        code,
        name,
        field,
        ProgramLevel.BACHELOR,
        Set.of(TeachingLanguage.KK, TeachingLanguage.RU),
        now);
  }

  public EducationalProgram(
      University university,
      String code,
      String name,
      String field,
      ProgramLevel level,
      Set<TeachingLanguage> languages,
      Instant now) {
    this.university = Objects.requireNonNull(university, "university");
    this.createdAt = Timestamps.toColumn(Objects.requireNonNull(now));
    describe(code, name, field, level, languages);
  }

  /**
   * Replaces what describes the program: its code, name, field, level and teaching languages. The
   * caller checks that the new code is free in the university.
   *
   * @throws IllegalArgumentException when a text is blank, the level missing or no language given
   */
  public void describe(
      String code, String name, String field, ProgramLevel level, Set<TeachingLanguage> languages) {
    if (languages == null || languages.isEmpty()) {
      throw new IllegalArgumentException("a program is taught in at least one language");
    }
    this.code = University.requireText(code, "code");
    this.name = University.requireText(name, "name");
    this.field = University.requireText(field, "field");
    this.level = Objects.requireNonNull(level, "level").code();
    this.languages = TeachingLanguage.toColumn(languages);
  }

  /**
   * Adds a module at the end of the program.
   *
   * @throws IllegalArgumentException when the program already has a module with this code
   */
  public ProgramModule addModule(String moduleCode, String title, int credits, Instant now) {
    return addModule(moduleCode, ModuleContent.of(title, credits), now);
  }

  /**
   * Adds a module at the end of the program, its content as version 1.
   *
   * @throws IllegalArgumentException when the program already has a module with this code
   */
  public ProgramModule addModule(String moduleCode, ModuleContent content, Instant now) {
    if (module(moduleCode).isPresent()) {
      throw new IllegalArgumentException("program " + code + " already has a module " + moduleCode);
    }
    ProgramModule module = new ProgramModule(this, moduleCode, content, modules.size() + 1, now);
    modules.add(module);
    return module;
  }

  public Optional<ProgramModule> module(String moduleCode) {
    return modules.stream().filter(m -> m.code().equals(moduleCode)).findFirst();
  }

  public List<ProgramModule> modules() {
    return Collections.unmodifiableList(modules);
  }

  /** The sum of the modules' credits. */
  public int credits() {
    return modules.stream().mapToInt(ProgramModule::credits).sum();
  }

  public Long id() {
    return id;
  }

  public University university() {
    return university;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String field() {
    return field;
  }

  public ProgramLevel level() {
    return ProgramLevel.ofCode(level).orElseThrow();
  }

  /** The teaching languages, in kk, ru, en order. */
  public Set<TeachingLanguage> languages() {
    return Collections.unmodifiableSet(TeachingLanguage.fromColumn(languages));
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }
}
