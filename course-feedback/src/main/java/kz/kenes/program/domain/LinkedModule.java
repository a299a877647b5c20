package kz.kenes.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.kenes.platform.persistence.ReadMostlyListener;

/**
 * A resource link (a placement of Kenes in a course, known to Kenes by its {@code
 * lti_resource_link} id) that points at one {@link ProgramModule}: learners launched from that link
 * see the module. The module is one the link's course delivers.
 */
@Entity
@Table(name = "resource_link_module")
@EntityListeners(ReadMostlyListener.class)
public class LinkedModule {

  @Id
  @Column(name = "resource_link_ref")
  private Long resourceLinkRef;

  @Column(name = "module_id", nullable = false)
  private Long moduleId;

  protected LinkedModule() {}

  public LinkedModule(long resourceLinkRef, long moduleId) {
    this.resourceLinkRef = resourceLinkRef;
    this.moduleId = moduleId;
  }

  public long resourceLinkRef() {
    return resourceLinkRef;
  }

  public long moduleId() {
    return moduleId;
  }

  /** Points the link at another module. */
  public void pointAt(long newModuleId) {
    this.moduleId = newModuleId;
  }
}
