package kz.kenes.program.domain;

import java.util.Collection;
import java.util.Optional;

/** Where the module each resource link points at is kept. */
public interface LinkedModuleRepository {

  Optional<LinkedModule> find(long resourceLinkRef);

  /**
   * The id of the module the link points at, as the pages of a launch from the link show it:
   * possibly a few seconds old when changed on another node ({@code
   * platform.persistence.ReadMostly}).
   */
  Optional<Long> shownModuleIdOf(long resourceLinkRef);

  /** Points the link at the module, replacing what it pointed at before. */
  LinkedModule store(long resourceLinkRef, long moduleId);

  /** The link points at no module any more; nothing happens when it pointed at none. */
  void remove(long resourceLinkRef);

  /**
   * Of these links, those pointing at a module not in {@code deliveredModuleIds} point at nothing
   * any more (a course stopped delivering the module).
   */
  void keepOnly(Collection<Long> resourceLinkRefs, Collection<Long> deliveredModuleIds);
}
