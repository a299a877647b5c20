package kz.kenes.crowdsourcing.domain;

import static kz.kenes.crowdsourcing.domain.CampaignRole.EXPERT;
import static kz.kenes.crowdsourcing.domain.CampaignRole.FACILITATOR;
import static kz.kenes.crowdsourcing.domain.CampaignRole.ORGANISER;
import static kz.kenes.crowdsourcing.domain.CampaignRole.PARTICIPANT;
import static kz.kenes.crowdsourcing.domain.CampaignStage.COLLECTION;
import static kz.kenes.crowdsourcing.domain.CampaignStage.ENGAGEMENT;
import static kz.kenes.crowdsourcing.domain.CampaignStage.INTEGRATION;
import static kz.kenes.crowdsourcing.domain.CampaignStage.MONITORING;
import static kz.kenes.crowdsourcing.domain.CampaignStage.PREPARATION;
import static kz.kenes.crowdsourcing.domain.CampaignStage.SELECTION;
import static kz.kenes.crowdsourcing.domain.CampaignStage.VOTING;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import kz.kenes.platform.domain.NotAllowed;

/**
 * Who may do what in which stage (docs/crowdsourcing.md, "Who does what"). The current stage
 * decides: no proposal after collection closes, no vote outside voting, no decision before
 * integration. An action a role never has is refused with {@link NotAllowed} (403); one the role
 * has in another stage with {@link StageClosed} (409), naming the stages when it is open.
 */
public final class StageRules {

  private static final Set<CampaignRole> EVERYONE = EnumSet.allOf(CampaignRole.class);
  private static final Set<CampaignRole> STAFF = EnumSet.of(ORGANISER, FACILITATOR);
  private static final Set<CampaignStage> ALL = EnumSet.allOf(CampaignStage.class);
  private static final Set<CampaignStage> PUBLIC = EnumSet.range(ENGAGEMENT, MONITORING);
  private static final Set<CampaignStage> DISCUSSION = EnumSet.range(COLLECTION, VOTING);

  private record Rule(Set<CampaignRole> roles, Set<CampaignStage> stages) {}

  private static final Map<CampaignAction, Rule> RULES = new EnumMap<>(CampaignAction.class);

  static {
    RULES.put(
        CampaignAction.EDIT_CAMPAIGN, rule(EnumSet.of(ORGANISER), range(PREPARATION, COLLECTION)));
    RULES.put(
        CampaignAction.MOVE_STAGE, rule(EnumSet.of(ORGANISER), range(PREPARATION, INTEGRATION)));
    RULES.put(CampaignAction.PROPOSE, rule(EVERYONE, EnumSet.of(COLLECTION)));
    RULES.put(CampaignAction.AMEND, rule(EVERYONE, EnumSet.of(COLLECTION)));
    RULES.put(CampaignAction.COMMENT, rule(EVERYONE, DISCUSSION));
    RULES.put(CampaignAction.REPORT, rule(EVERYONE, DISCUSSION));
    RULES.put(CampaignAction.MODERATE, rule(STAFF, PUBLIC));
    RULES.put(CampaignAction.MERGE, rule(EnumSet.of(ORGANISER), EnumSet.of(SELECTION)));
    RULES.put(CampaignAction.RATE, rule(EnumSet.of(ORGANISER), EnumSet.of(SELECTION)));
    RULES.put(CampaignAction.SHORTLIST, rule(EnumSet.of(ORGANISER), EnumSet.of(SELECTION)));
    RULES.put(CampaignAction.REVIEW, rule(EnumSet.of(EXPERT), EnumSet.of(SELECTION)));
    RULES.put(CampaignAction.VOTE, rule(EnumSet.of(PARTICIPANT), EnumSet.of(VOTING)));
    RULES.put(CampaignAction.DECIDE, rule(EnumSet.of(ORGANISER), EnumSet.of(INTEGRATION)));
  }

  private StageRules() {}

  private static Rule rule(Set<CampaignRole> roles, Set<CampaignStage> stages) {
    return new Rule(roles, stages);
  }

  private static Set<CampaignStage> range(CampaignStage from, CampaignStage to) {
    return EnumSet.range(from, to);
  }

  /** Whether {@code role} may do {@code action} while the campaign is in {@code stage}. */
  public static boolean allows(CampaignStage stage, CampaignRole role, CampaignAction action) {
    if (action == CampaignAction.VIEW) {
      return STAFF.contains(role) || stage != PREPARATION;
    }
    Rule rule = RULES.get(action);
    return rule.roles().contains(role) && rule.stages().contains(stage);
  }

  /** The stages in which {@code action} is open (to some role). */
  public static Set<CampaignStage> stagesOf(CampaignAction action) {
    return action == CampaignAction.VIEW ? ALL : RULES.get(action).stages();
  }

  /** Refuses unless {@code role} may do {@code action} in {@code stage}. */
  public static void require(CampaignStage stage, CampaignRole role, CampaignAction action) {
    if (allows(stage, role, action)) {
      return;
    }
    if (action == CampaignAction.VIEW) {
      throw new StageClosed(
          "The campaign is being prepared: it opens to participants at engagement.");
    }
    Rule rule = RULES.get(action);
    if (!rule.roles().contains(role)) {
      throw new NotAllowed("A " + role.code() + " of the campaign may not " + verb(action) + ".");
    }
    throw new StageClosed(
        "The campaign is in its "
            + stage.code()
            + " stage: one may "
            + verb(action)
            + " only in "
            + rule.stages().stream().map(CampaignStage::code).toList()
            + ".");
  }

  private static String verb(CampaignAction action) {
    return action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
