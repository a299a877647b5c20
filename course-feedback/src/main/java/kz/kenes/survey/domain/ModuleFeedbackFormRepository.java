package kz.kenes.survey.domain;

import java.time.Instant;
import java.util.Optional;

/** Which program or university has its own learners' module feedback instrument. */
public interface ModuleFeedbackFormRepository {

  /** The id of the owner's own instrument; empty when it uses the form above it. */
  Optional<Long> instrumentOf(ModuleFeedbackFormOwner owner);

  /** Gives the owner this instrument, replacing any it had. */
  void assign(ModuleFeedbackFormOwner owner, long instrumentId, Instant now);

  /** Takes the owner's own instrument away (the instrument stays); false if it had none. */
  boolean clear(ModuleFeedbackFormOwner owner);
}
