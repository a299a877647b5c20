package kz.kenes.identity.web;

import java.util.List;
import java.util.Optional;

/**
 * What the landing page shows about the program module a resource link points at. Implemented by
 * the program context (which owns modules), so that the LTI pages need not know it: the dependency
 * points from program to integration.lti, never back.
 */
public interface LinkedModuleSource {

  /** A module as a learner sees it: its current version's title, credits and outcomes. */
  record LinkedModule(String title, int credits, List<String> learningOutcomes) {}

  /** The module the resource link with this Kenes id points at, if any. */
  Optional<LinkedModule> moduleOf(long resourceLinkRef);
}
