package kz.kenes.certificate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a certificate states beside the learner's name: its title, study hours, credits and the
 * competencies it lists (one per line in {@code competencies}). Course and program rules keep it in
 * the same columns of their own tables ({@code certificate_rules}, {@code
 * program_certificate_rules}).
 */
@Embeddable
public class CertificateText {

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "hours")
  private Integer hours;

  @Column(name = "credits")
  private BigDecimal credits;

  @Column(name = "competencies", nullable = false)
  private String competencies;

  protected CertificateText() {}

  /** The text of validated settings (a blank title for the course's or program's own). */
  CertificateText(String title, Integer hours, BigDecimal credits, List<String> competencies) {
    this.title = title;
    this.hours = hours;
    this.credits = credits;
    this.competencies = String.join("\n", competencies);
  }

  public String title() {
    return title;
  }

  public Integer hours() {
    return hours;
  }

  public BigDecimal credits() {
    return credits;
  }

  public List<String> competencies() {
    return JoinedValues.split(competencies, "\n");
  }
}
