package sample;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/** Every contract under {@code contracts/} on the test classpath, checked by the plimsoll engine. */
@Suite
@IncludeEngines("plimsoll")
@SelectClasspathResource("contracts")
class ContractsTest {}
