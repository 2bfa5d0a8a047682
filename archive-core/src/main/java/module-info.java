/**
 * siarchive core: the archive model, identifiers, the defect vocabulary and the JSON codec.
 */
module org.siarchive.core {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires transitive jakarta.validation;
  requires com.google.common;
  // Null policy annotations (@NullMarked, @Nullable): read at compile time by the host's tools.
  requires static transitive org.jspecify;

  exports org.siarchive.core;
  exports org.siarchive.core.model;
  exports org.siarchive.core.id;
  exports org.siarchive.core.defect;
  exports org.siarchive.core.json;

  // Jackson binds the records reflectively; Bean Validation reads their constraints.
  opens org.siarchive.core.model;
  opens org.siarchive.core.id;
  opens org.siarchive.core.defect;
  opens org.siarchive.core.json to
      com.fasterxml.jackson.databind;
}
