package kz.kenes.lti.services.nrps;

import java.util.List;

/**
 * A context's membership as read across every page: the members (each user once, the last page's
 * say kept) and the number of pages read.
 */
public record Membership(String contextId, List<Member> members, int pages) {

  public Membership {
    members = List.copyOf(members);
  }
}
