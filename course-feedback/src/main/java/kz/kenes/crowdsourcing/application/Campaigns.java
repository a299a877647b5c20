package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignAction;
import kz.kenes.crowdsourcing.domain.CampaignAuditEntry;
import kz.kenes.crowdsourcing.domain.CampaignMember;
import kz.kenes.crowdsourcing.domain.CampaignRepository;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.crowdsourcing.domain.CampaignStage;
import kz.kenes.crowdsourcing.domain.Groups;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.CourseDeliveries;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ProgramModule;

/**
 * Opens and describes campaigns, moves their stages and gives roles in them, each change with an
 * audit entry. Organisers are the administrators of the program's university.
 */
@ApplicationScoped
public class Campaigns {

  @Inject CampaignRepository campaigns;
  @Inject CampaignAccess access;
  @Inject ProgramCatalog programs;
  @Inject CourseDeliveries deliveries;
  @Inject Clock clock;

  @Transactional
  public Campaign open(CampaignCaller caller, CampaignCommand command) {
    UniversityScope scope =
        caller
            .adminScope()
            .orElseThrow(() -> new NotAllowed("Only administrators open campaigns."));
    long programId = command.requiredProgramId();
    EducationalProgram program = programs.find(scope, programId);
    Campaign.Terms terms = command.terms();
    requireModulesOf(program, terms.moduleIds());
    Instant now = clock.instant();
    Campaign campaign =
        campaigns.store(
            new Campaign(program.university().id(), programId, terms, caller.memberKey(), now));
    campaigns.audit(
        new CampaignAuditEntry(campaign.id(), caller.memberKey(), "open", campaign.title(), now));
    return campaign;
  }

  @Transactional
  public Campaign describe(CampaignCaller caller, long id, CampaignCommand command) {
    CampaignAccess.Entry entry = access.enter(caller, id, CampaignAction.EDIT_CAMPAIGN);
    Campaign.Terms terms = command.terms();
    requireModulesOf(programs.find(entry.campaign().programId()), terms.moduleIds());
    entry.campaign().describe(terms, clock.instant());
    campaigns.store(entry.campaign());
    access.audit(entry, "describe", terms.title());
    return entry.campaign();
  }

  /** The campaign as the caller may see it, with their place. */
  @Transactional
  public CampaignAccess.Entry view(CampaignCaller caller, long id) {
    return access.enter(caller, id, CampaignAction.VIEW);
  }

  /** A campaign as its public page shows it: not while it is being prepared. */
  @Transactional
  public Campaign publicView(long id) {
    Campaign campaign = access.load(id, false);
    if (campaign.stage() == CampaignStage.PREPARATION) {
      throw new kz.kenes.platform.domain.NotFound("No campaign with id " + id + ".");
    }
    return campaign;
  }

  /** Campaigns of the universities the administrator reaches, optionally of one program. */
  @Transactional
  public List<Campaign> list(CampaignCaller caller, Long programId, int offset, int limit) {
    UniversityScope scope = adminScope(caller);
    return campaigns.list(universities(scope), programId, offset, limit);
  }

  public long count(CampaignCaller caller, Long programId) {
    return campaigns.count(universities(adminScope(caller)), programId);
  }

  /** The university ids a scope reaches; null for every university. */
  static List<Long> universities(UniversityScope scope) {
    if (scope.operator()) {
      return null;
    }
    return scope.only().map(List::of).orElse(List.of());
  }

  private static UniversityScope adminScope(CampaignCaller caller) {
    return caller
        .adminScope()
        .orElseThrow(() -> new NotAllowed("Only administrators list every campaign."));
  }

  /** The campaigns of the programs the session's course delivers, open to its members. */
  @Transactional
  public List<CampaignAccess.Entry> ofCourse(KenesSession session, int limit) {
    if (session.contextRef() == null) {
      return List.of();
    }
    List<Long> programIds = deliveries.shownProgramsDeliveredBy(session.contextRef());
    CampaignCaller caller = CampaignCaller.of(session);
    return campaigns.ofPrograms(programIds, limit).stream()
        .map(c -> access.load(c.id(), false))
        .flatMap(
            c -> {
              try {
                CampaignAccess.Entry entry =
                    new CampaignAccess.Entry(c, access.memberOf(c, caller));
                boolean visible =
                    kz.kenes.crowdsourcing.domain.StageRules.allows(
                        c.stage(), entry.role(), CampaignAction.VIEW);
                return visible
                    ? java.util.stream.Stream.of(entry)
                    : java.util.stream.Stream.empty();
              } catch (NotAllowed e) {
                return java.util.stream.Stream.empty();
              }
            })
        .toList();
  }

  /** Moves the campaign to {@code target}, or to the next stage when null. */
  @Transactional
  public Campaign moveStage(CampaignCaller caller, long id, CampaignStage target) {
    CampaignAccess.Entry entry = access.enter(caller, id, CampaignAction.MOVE_STAGE);
    Campaign campaign = entry.campaign();
    CampaignStage to = target != null ? target : campaign.stage().next().orElseThrow();
    CampaignStage from = campaign.moveTo(to, clock.instant());
    campaigns.store(campaign);
    access.audit(entry, "stage", from.code() + " -> " + to.code());
    return campaign;
  }

  /** Gives the LTI user {@code userRef} a role and group in the campaign. */
  @Transactional
  public CampaignMember giveRole(
      CampaignCaller caller, long id, Long userRef, CampaignRole role, String group) {
    CampaignAccess.Entry entry = access.enter(caller, id, CampaignAction.VIEW);
    if (entry.role() != CampaignRole.ORGANISER) {
      throw new NotAllowed("Only the campaign's organisers give roles.");
    }
    if (userRef == null) {
      throw new InvalidInput("userRef", "'userRef' (the Kenes id of an LTI user) is required.");
    }
    CampaignMember member =
        new CampaignMember(
            CampaignMember.ltiKey(userRef), role, Groups.requireCode("group", group));
    campaigns.putMember(id, member, clock.instant());
    access.audit(entry, "role", member.memberKey() + " " + role.code() + " " + member.groupCode());
    return member;
  }

  @Transactional
  public List<CampaignMember> members(CampaignCaller caller, long id) {
    requireStaff(access.enter(caller, id, CampaignAction.VIEW));
    return campaigns.members(id);
  }

  @Transactional
  public List<CampaignAuditEntry> audit(CampaignCaller caller, long id, int offset, int limit) {
    requireStaff(access.enter(caller, id, CampaignAction.VIEW));
    return campaigns.auditOf(id, offset, limit);
  }

  private static void requireStaff(CampaignAccess.Entry entry) {
    if (!entry.staff()) {
      throw new NotAllowed("Only the campaign's organisers and facilitators see this.");
    }
  }

  private static void requireModulesOf(EducationalProgram program, List<Long> moduleIds) {
    Set<Long> ids = new HashSet<>();
    for (ProgramModule module : program.modules()) {
      ids.add(module.id());
    }
    for (Long id : moduleIds) {
      if (!ids.contains(id)) {
        throw new InvalidInput(
            "moduleIds", "Module " + id + " is not a module of program " + program.code() + ".");
      }
    }
  }
}
