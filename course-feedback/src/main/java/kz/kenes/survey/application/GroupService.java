package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.survey.domain.InvalidSurveyInput;
import kz.kenes.survey.domain.StakeholderGroup;
import kz.kenes.survey.domain.StakeholderGroupRepository;
import kz.kenes.survey.domain.Translations;

/** Stakeholder groups: the built-in four and those administrators define. */
@ApplicationScoped
public class GroupService {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{1,31}");

  @Inject StakeholderGroupRepository groups;
  @Inject Clock clock;

  public List<StakeholderGroup> all() {
    return groups.findAll();
  }

  public StakeholderGroup define(String code, Translations name) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (code == null || !CODE.matcher(code).matches()) {
      errors.put(
          "code",
          "'code' is 2 to 32 lowercase letters, digits, '_' or '-', starting with a letter.");
    }
    if (name == null) {
      errors.put("name", "'name' is required: give it in kk, ru and en.");
    } else {
      name.check("name", 200, errors);
    }
    InvalidSurveyInput.throwIfAny(errors);
    if (groups.find(code).isPresent()) {
      throw new Conflict("A stakeholder group " + code + " exists already.");
    }
    return groups.store(new StakeholderGroup(code, name, clock.instant()));
  }
}
