package kz.kenes.integration.lti.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A placement of Kenes in a course (resource link), unique within its deployment. */
@Entity
@Table(name = "lti_resource_link")
public class LtiResourceLinkEntity {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  public Long id;

  @Column(name = "registration_id", nullable = false)
  public long registrationId;

  @Column(name = "deployment_id", nullable = false)
  public String deploymentId;

  @Column(name = "context_ref")
  public Long contextRef;

  @Column(name = "link_id", nullable = false)
  public String linkId;

  public String title;
  public String description;

  /** The AGS endpoint claim of the latest launch that sent one: scopes, space-separated. */
  @Column(name = "ags_scope")
  public String agsScope;

  @Column(name = "ags_lineitems")
  public String agsLineItems;

  @Column(name = "ags_lineitem")
  public String agsLineItem;

  /** The custom parameter {@code kenes_activity} ({@code <type>:<id>}) the link was placed with. */
  @Column(name = "kenes_activity")
  public String kenesActivity;

  /** The custom parameter {@code kenes_grade} ({@code participation}) the link was placed with. */
  @Column(name = "kenes_grade")
  public String kenesGrade;

  /** The line item Kenes found or created in {@link #agsLineItems} when the launch named none. */
  @Column(name = "lineitem_found")
  public String lineItemFound;

  @Column(name = "created_at", nullable = false)
  public LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  public LocalDateTime updatedAt;
}
