package kz.kenes.survey.domain;

import java.util.List;
import java.util.Optional;

/** Where stakeholder groups are kept. */
public interface StakeholderGroupRepository {

  /** The built-in groups first, then by code. */
  List<StakeholderGroup> findAll();

  /** The group of this code; empty for none or a null code. */
  Optional<StakeholderGroup> find(String code);

  StakeholderGroup store(StakeholderGroup group);
}
