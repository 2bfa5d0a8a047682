/**
 * siarchive core: the archive model, identifiers, the defect vocabulary, the JSON codec, the
 * rule-data kernel, and the transfer lifecycle with its tamper-evident ledger.
 */
module org.siarchive.core {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires transitive jakarta.validation;
  // Messages interpolated without EL (internal.Validators); its version line logged only on
  // request.
  requires org.hibernate.validator;
  requires java.logging;
  requires com.google.common;
  requires transitive java.sql;
  requires org.bouncycastle.provider;
  // Null policy annotations (@NullMarked, @Nullable): read at compile time by the host's tools.
  requires static transitive org.jspecify;

  exports org.siarchive.core;
  exports org.siarchive.core.model;
  exports org.siarchive.core.id;
  exports org.siarchive.core.defect;
  exports org.siarchive.core.json;
  exports org.siarchive.core.ledger;
  exports org.siarchive.core.transfer;
  exports org.siarchive.core.ruledata;
  exports org.siarchive.core.ruledata.provider;

  // Rule data is found the way java.time finds time-zone rules (issue 17).
  uses org.siarchive.core.ruledata.provider.RuleDataProvider;

  // The rule-data kernel's strict loader and bundled-table index, and the field checks of the
  // value types' constructors, serve the rules module only: they are not API.
  exports org.siarchive.core.internal to
      org.siarchive.rules;
  exports org.siarchive.core.internal.ruledata to
      org.siarchive.rules;

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
  // Jackson binds the bundled-table index and Hibernate Validator reads its constraints; Hibernate
  // Validator needs the validated package opened unconditionally.
  opens org.siarchive.core.internal.ruledata;
}
