package kz.kenes.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import kz.kenes.platform.persistence.ReadMostlyListener;

/**
 * A program module that a course delivers: the link between an LTI context (a course in a platform)
 * and a {@link ProgramModule}. A course may deliver modules of several programs.
 */
@Entity
@Table(name = "context_module")
@EntityListeners(ReadMostlyListener.class)
@IdClass(CourseModule.Key.class)
public class CourseModule {

  @Id
  @Column(name = "context_ref")
  private Long contextRef;

  @Id
  @Column(name = "module_id")
  private Long moduleId;

  protected CourseModule() {}

  public CourseModule(long contextRef, long moduleId) {
    this.contextRef = contextRef;
    this.moduleId = moduleId;
  }

  /** The Kenes id of the course (its {@code lti_context} row). */
  public long contextRef() {
    return contextRef;
  }

  public long moduleId() {
    return moduleId;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private Long contextRef;
    private Long moduleId;

    public Key() {}

    public Key(long contextRef, long moduleId) {
      this.contextRef = contextRef;
      this.moduleId = moduleId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(contextRef, key.contextRef)
          && Objects.equals(moduleId, key.moduleId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(contextRef, moduleId);
    }
  }
}
