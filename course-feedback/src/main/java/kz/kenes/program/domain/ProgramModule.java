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
import kz.kenes.platform.persistence.ReadMostlyListener;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A module of an educational program: its identity (a code unique in the program and a position)
 * and its {@link ModuleVersion}s. A change makes a new version; old versions stay readable. Title
 * and credits of the current version are kept on the module row too, so that lists of modules and
 * courses need no join. Created through {@link EducationalProgram#addModule}.
 */
@Entity
@Table(name = "program_module")
@EntityListeners(ReadMostlyListener.class)
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

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<ModuleVersion> versions = new ArrayList<>();

  protected ProgramModule() {}

  ProgramModule(
      EducationalProgram program, String code, ModuleContent content, int position, Instant now) {
    this.program = program;
    this.code = University.requireText(code, "code");
    this.position = position;
    this.createdAt = Timestamps.toColumn(now);
    addVersion(Objects.requireNonNull(content, "content"), now);
  }

  /**
   * Revises the module: when the content differs from the current version's, a new version (current
   * + 1) becomes current; older versions stay as they were.
   *
   * @return the current version afterwards: the new one, or the unchanged one
   */
  public ModuleVersion revise(ModuleContent content, Instant now) {
    Objects.requireNonNull(content, "content");
    if (content.equals(current().content())) {
      return current();
    }
    return addVersion(content, now);
  }

  private ModuleVersion addVersion(ModuleContent content, Instant now) {
    ModuleVersion version = new ModuleVersion(this, currentVersion + 1, content, now);
    versions.add(version);
    currentVersion = version.number();
    title = content.title();
    credits = content.credits();
    return version;
  }

  /** The version in force. */
  public ModuleVersion current() {
    return version(currentVersion).orElseThrow();
  }

  /** Version {@code number}, if the module has one. */
  public Optional<ModuleVersion> version(int number) {
    return versions.stream().filter(v -> v.number() == number).findFirst();
  }

  public List<ModuleVersion> versions() {
    return Collections.unmodifiableList(versions);
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

  public int currentVersion() {
    return currentVersion;
  }

  public int position() {
    return position;
  }
}
