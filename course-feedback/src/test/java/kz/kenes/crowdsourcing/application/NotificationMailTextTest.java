package kz.kenes.crowdsourcing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import kz.kenes.crowdsourcing.domain.CampaignNotification.Kind;
import kz.kenes.platform.mail.MailMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotificationMailTextTest {

  private static final String PROPOSAL = "https://kenes.example/app/proposals/42";
  private static final String UNSUBSCRIBE = "https://kenes.example/mail/unsubscribe/abc";

  private static NotificationMailText.Facts facts(Kind kind, String reason) {
    return new NotificationMailText.Facts(
        kind, "GIS skills", "Revise AGR", reason, PROPOSAL, UNSUBSCRIBE);
  }

  @Test
  void aRejectionSaysWhatHappenedToWhichProposalWithTheReasonAndTheLinks() {
    MailMessage mail =
        NotificationMailText.build(
            "aigerim@example.edu",
            "Aigerim",
            Locale.ENGLISH,
            facts(Kind.REJECTED, "Outside the program's field"));
    assertThat(mail.to()).isEqualTo("aigerim@example.edu");
    assertThat(mail.subject()).isEqualTo("Kenes: your proposal \"GIS skills\" was rejected");
    assertThat(mail.text())
        .startsWith("Hello, Aigerim,\n\n")
        .contains("Your proposal \"GIS skills\" in the campaign \"Revise AGR\" was rejected.")
        .contains("Reason: Outside the program's field")
        .contains("Open the proposal: " + PROPOSAL)
        .endsWith("To get no more e-mails: " + UNSUBSCRIBE + "\n");
    assertThat(mail.unsubscribeUrl()).isEqualTo(UNSUBSCRIBE);
  }

  @Test
  void isWrittenInTheRecipientsLanguage() {
    MailMessage ru =
        NotificationMailText.build(
            "a@example.edu", null, Locale.forLanguageTag("ru"), facts(Kind.ACCEPTED, "Нужно"));
    assertThat(ru.subject()).isEqualTo("Kenes: ваше предложение «GIS skills» принято");
    assertThat(ru.text()).startsWith("Здравствуйте!").contains("Причина: Нужно");
    MailMessage kk =
        NotificationMailText.build(
            "a@example.edu", "Айгерім", Locale.forLanguageTag("kk"), facts(Kind.ACCEPTED, "Иә"));
    assertThat(kk.subject()).isEqualTo("Kenes: «GIS skills» ұсынысыңыз қабылданды");
    assertThat(kk.text()).startsWith("Сәлеметсіз бе, Айгерім!").contains("Себебі: Иә");
  }

  @Test
  void aShortlistingNeedsNoReasonAnEvaluationGivesItsDetails() {
    MailMessage shortlisted =
        NotificationMailText.build(
            "a@example.edu",
            null,
            Locale.ENGLISH,
            facts(Kind.SHORTLISTED, "The organisers shortlisted it."));
    assertThat(shortlisted.text()).doesNotContain("Reason").doesNotContain("Details");
    MailMessage evaluated =
        NotificationMailText.build(
            "a@example.edu",
            null,
            Locale.ENGLISH,
            facts(Kind.EVALUATED, "An expert approved it. Strengths: A Weaknesses: B"));
    assertThat(evaluated.text()).contains("Details: An expert approved it. Strengths: A");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void everyKindHasItsWordsInEveryLanguage(Kind kind) {
    for (String lang : new String[] {"kk", "ru", "en"}) {
      MailMessage mail =
          NotificationMailText.build(
              "a@example.edu", "A", Locale.forLanguageTag(lang), facts(kind, "Why"));
      assertThat(mail.subject()).contains("GIS skills").doesNotContain("mail.notification");
      assertThat(mail.text()).contains("Revise AGR").contains(PROPOSAL).contains(UNSUBSCRIBE);
    }
  }

  @Test
  void aTitleWithBracesOrQuotesIsQuotedAsIs() {
    MailMessage mail =
        NotificationMailText.build(
            "a@example.edu",
            "O'Brien",
            Locale.ENGLISH,
            new NotificationMailText.Facts(
                Kind.ACCEPTED, "Use {0} and 'quotes'", "C", "It's {1}", PROPOSAL, UNSUBSCRIBE));
    assertThat(mail.subject()).contains("\"Use {0} and 'quotes'\"");
    assertThat(mail.text()).contains("Hello, O'Brien,").contains("Reason: It's {1}");
  }

  @Test
  void aSubjectStaysOnOneLine() {
    MailMessage mail =
        NotificationMailText.build(
            "a@example.edu",
            null,
            Locale.ENGLISH,
            new NotificationMailText.Facts(
                Kind.ACCEPTED, "Line\r\nBcc: x@evil", "C", "R", PROPOSAL, UNSUBSCRIBE));
    assertThat(mail.subject()).doesNotContain("\r").doesNotContain("\n");
  }
}
