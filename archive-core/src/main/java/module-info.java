/**
 * siarchive core: the archive model, identifiers, the defect vocabulary, the JSON codec, the transfer lifecycle
 * and its tamper-evident ledger.
 */
module org.siarchive.core {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires transitive jakarta.validation;
  requires com.google.common;
  requires transitive java.sql;
  requires org.bouncycastle.provider;

  exports org.siarchive.core;
  exports org.siarchive.core.model;
  exports org.siarchive.core.id;
  exports org.siarchive.core.defect;
  exports org.siarchive.core.json;
  exports org.siarchive.core.ledger;
  exports org.siarchive.core.transfer;

  // Jackson binds the records reflectively; Bean Validation reads their constraints.
  opens org.siarchive.core.model;
  opens org.siarchive.core.id;
  opens org.siarchive.core.defect;
  opens org.siarchive.core.json to
      com.fasterxml.jackson.databind;
  opens org.siarchive.core.ledger to
      com.fasterxml.jackson.databind;
  opens org.siarchive.core.transfer;
  opens org.siarchive.core.transfer.internal;
}
