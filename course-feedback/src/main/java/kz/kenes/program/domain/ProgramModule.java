package kz.kenes.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A module of an educational program: a code unique in the program, a title, its credits and its
 * position in the program. Created through {@link EducationalProgram#addModule}. Later issues add
 * versions, competencies, learning outcomes and lessons.
 */
@Entity
@Table(name = "program_module")
public class ProgramModule {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "program_id")
  private EducationalProgram program;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private int credits;

  @Column(nullable = false)
  private int position;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected ProgramModule() {}

  ProgramModule(
      EducationalProgram program,
      String code,
      String title,
      int credits,
      int position,
      Instant now) {
    if (credits <= 0) {
      throw new IllegalArgumentException("a module has a positive number of credits");
    }
    this.program = program;
    this.code = University.requireText(code, "code");
    this.title = University.requireText(title, "title");
    this.credits = credits;
    this.position = position;
    this.createdAt = Timestamps.toColumn(now);
  }

  public Long id() {
    return id;
  }

  public EducationalProgram program() {
    return program;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public int credits() {
    return credits;
  }

  public int position() {
    return position;
  }
}
