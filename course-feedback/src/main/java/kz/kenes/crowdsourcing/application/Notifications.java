package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignNotification;
import kz.kenes.crowdsourcing.domain.CampaignRepository;
import kz.kenes.crowdsourcing.domain.NotificationMailSettings;
import kz.kenes.crowdsourcing.domain.Proposal;
import kz.kenes.crowdsourcing.domain.ProposalRepository;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;

/**
 * What Kenes tells the authors of a proposal (docs/crowdsourcing.md, "Notifications"): a
 * notification in Kenes for the author and each co-author, and, when mail is configured, the same
 * by e-mail ({@link NotificationMails}) to those with an address who did not turn it off; and a
 * member's own notifications and mail setting.
 */
@ApplicationScoped
public class Notifications {

  /** Most notifications listed. */
  public static final int LIMIT = 100;

  @Inject ProposalRepository proposals;
  @Inject NotificationMails mails;
  @Inject MailRecipients recipients;
  @Inject NotificationMailSettings settings;
  @Inject CampaignRepository campaigns;
  @Inject CampaignAccess access;
  @Inject Clock clock;

  /** A member's mail setting as their notifications page shows it. */
  public record MailChoice(Optional<String> address, boolean mailsOff, boolean guest) {}

  /**
   * A notification as its reader's page lists it: the titles of the proposal and the campaign it is
   * about, and whether the reader may open the proposal's page (they still take part in the
   * campaign, and a hidden proposal is open to its author and the campaign's staff only).
   */
  public record Entry(
      CampaignNotification notification,
      String proposalTitle,
      String campaignTitle,
      boolean mayOpen) {}

  public List<CampaignNotification> of(CampaignCaller caller) {
    return proposals.notificationsOf(caller.memberKey(), LIMIT);
  }

  /** The caller's notifications, newest first, each naming its proposal and campaign. */
  public List<Entry> entries(CampaignCaller caller) {
    Map<Long, Optional<Proposal>> proposalsById = new HashMap<>();
    Map<Long, Optional<Campaign>> campaignsById = new HashMap<>();
    Map<Long, Optional<CampaignAccess.Entry>> entered = new HashMap<>();
    List<Entry> entries = new ArrayList<>();
    for (CampaignNotification n : of(caller)) {
      Optional<Proposal> proposal = proposalsById.computeIfAbsent(n.proposalId(), proposals::find);
      Optional<Campaign> campaign = campaignsById.computeIfAbsent(n.campaignId(), campaigns::find);
      Optional<CampaignAccess.Entry> entry =
          entered.computeIfAbsent(n.campaignId(), id -> campaign.flatMap(c -> enter(caller, c)));
      entries.add(
          new Entry(
              n,
              proposal.map(Proposal::title).orElse(""),
              campaign.map(Campaign::title).orElse(""),
              proposal.isPresent() && entry.isPresent() && mayOpen(entry.get(), proposal.get())));
    }
    return entries;
  }

  /** Whether the proposal's page opens to a member: as {@link Proposals#detail} decides. */
  static boolean mayOpen(CampaignAccess.Entry entry, Proposal proposal) {
    return !proposal.hidden() || entry.staff() || Proposals.isAuthor(entry, proposal);
  }

  private Optional<CampaignAccess.Entry> enter(CampaignCaller caller, Campaign campaign) {
    try {
      return Optional.of(new CampaignAccess.Entry(campaign, access.memberOf(campaign, caller)));
    } catch (DomainException refused) {
      return Optional.empty(); // no longer a member, or a guest whose link ended
    }
  }

  /**
   * Notifies the author and co-authors of {@code proposal}, in the caller's transaction: the mail,
   * if any, is sent after it commits and never fails it.
   */
  public void notifyAuthors(Proposal proposal, CampaignNotification.Kind kind, String reason) {
    Instant now = clock.instant();
    String campaignTitle = campaigns.find(proposal.campaignId()).map(Campaign::title).orElse("");
    List<String> keys = new ArrayList<>();
    keys.add(proposal.authorKey());
    proposals.contributors(proposal.id()).keySet().stream()
        .filter(k -> !keys.contains(k))
        .forEach(keys::add);
    for (String key : keys) {
      CampaignNotification notification =
          proposals.notify(
              new CampaignNotification(
                  key, proposal.campaignId(), proposal.id(), kind, reason, now));
      mails.queue(notification, proposal.title(), campaignTitle);
    }
  }

  /** The caller's address and whether their mails are off. */
  public MailChoice mailChoice(CampaignCaller caller) {
    String key = requireMember(caller);
    return new MailChoice(
        recipients.addressOf(key),
        settings.find(key).map(NotificationMailSettings.Setting::mailsOff).orElse(false),
        !key.startsWith("lti:"));
  }

  /** Turns the caller's notification mails off or on again. */
  @Transactional
  public void switchMails(CampaignCaller caller, boolean off) {
    settings.switchMails(requireMember(caller), off, clock.instant());
  }

  /** Whether the unsubscribe token is one Kenes gave; 404 when not. */
  public NotificationMailSettings.Setting unsubscribeTarget(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      throw new NotFound("unsubscribe-not-found", "This unsubscribe link is not known.");
    }
    return settings
        .findByToken(token)
        .orElseThrow(
            () -> new NotFound("unsubscribe-not-found", "This unsubscribe link is not known."));
  }

  /** Turns off the mails of the token's member; 404 for an unknown token. */
  @Transactional
  public void unsubscribe(String token) {
    settings.switchMails(unsubscribeTarget(token).recipientKey(), true, clock.instant());
  }

  private static String requireMember(CampaignCaller caller) {
    String key = caller.memberKey();
    if (CampaignCaller.ADMIN_TOKEN.equals(key)) {
      throw new NotAllowed("The admin token gets no notifications: it proposes nothing.");
    }
    return key;
  }
}
