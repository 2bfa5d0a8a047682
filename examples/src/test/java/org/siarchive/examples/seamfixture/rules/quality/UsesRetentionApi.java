package org.siarchive.examples.seamfixture.rules.quality;

import org.siarchive.examples.seamfixture.rules.retention.Api;

/** Allowed: quality uses a retention API type. */
public final class UsesRetentionApi {
  Api used;

  public UsesRetentionApi(Api used) {
    this.used = used;
  }
}
