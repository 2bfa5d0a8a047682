/**
 * The bundled rule tables of siarchive as their own artifact, versioned by data release: the
 * national 2009 retention edition, the illustrative material rules and the defect catalogue, with
 * their index. Found by the rule-data kernel through its provider interface; a data release changes
 * these tables and never code.
 */
module org.siarchive.rules.data {
  requires org.siarchive.core;

  provides org.siarchive.core.ruledata.provider.RuleDataProvider with
      org.siarchive.rules.data.BundledRuleData;
}
