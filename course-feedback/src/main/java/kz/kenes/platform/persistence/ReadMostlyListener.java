package kz.kenes.platform.persistence;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The JPA entity listener of the entities {@link ReadMostly} answers come from: any insert, update
 * or delete of one, whatever code made it, tells {@link ReadMostly#changed()}.
 */
public class ReadMostlyListener {

  @PostPersist
  @PostUpdate
  @PostRemove
  void changed(Object entity) {
    CDI.current().select(ReadMostly.class).get().changed();
  }
}
