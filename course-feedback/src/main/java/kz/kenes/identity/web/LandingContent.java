package kz.kenes.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.kenes.identity.domain.CallerProfiles;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;

/**
 * What a landing page shows, read in one database transaction: the caller's profile and every
 * {@link LandingSection}. One transaction instead of one per section that needs one saves their
 * BEGIN and COMMIT round trips, lets rows found by id once (a resource link's module, asked by two
 * sections) come from the persistence context the second time, and lets per-transaction memos (the
 * caller's profile) serve every section. A launch ends on this page, so on a class's first day
 * every learner pays for it (docs/performance.md, issue 14).
 */
@ApplicationScoped
public class LandingContent {

  @Inject CallerProfiles profiles;
  @Inject Instance<LandingSection> sections;

  /** The landing page's model of {@code request}, sections included. */
  @Transactional
  public PageModel of(PageRequest request) {
    PageModel page = LandingResource.model(request, profiles.of(request.session()));
    sections.forEach(section -> section.addTo(request, page));
    return page;
  }
}
