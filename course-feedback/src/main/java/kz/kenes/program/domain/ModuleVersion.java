package kz.kenes.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
 * One version of a {@link ProgramModule}: numbered from 1, never changed once written, so that
 * surveys and revision records can point at what a module said at the time. Title, credits and
 * hours are columns; the outline (competencies, learning outcomes, lessons with steps) is one JSON
 * text column: a version is written once and always read whole, nothing queries inside it, and
 * child tables for three nested lists would cost four tables and joins for no query.
 */
@Entity
@Table(name = "program_module_version")
public class ModuleVersion {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "module_id")
  private ProgramModule module;

  @Column(name = "version_number", nullable = false)
  private int number;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private int credits;

  @Column(nullable = false)
  private int hours;

  @Convert(converter = ModuleOutlineConverter.class)
  @Column(nullable = false)
  private ModuleOutline outline;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected ModuleVersion() {}

  ModuleVersion(ProgramModule module, int number, ModuleContent content, Instant now) {
    this.module = module;
    this.number = number;
    this.title = content.title();
    this.credits = content.credits();
    this.hours = content.hours();
    this.outline = content.outline();
    this.createdAt = Timestamps.toColumn(now);
  }

  public int number() {
    return number;
  }

  public ModuleContent content() {
    return new ModuleContent(title, credits, hours, outline);
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }
}
