package org.testbench.protocols;

import java.util.Map;

/** Lets tests in other packages give {@link Credentials} an environment of their own. */
public final class CredentialsAccess {

    private CredentialsAccess() {
    }

    /**
     * @param userVariable     the variable naming the username
     * @param passwordVariable the variable naming the password
     * @param environment      the variables, in place of the process environment a test cannot set
     * @return credentials read from {@code environment}
     */
    public static Credentials fromEnvironment(String userVariable, String passwordVariable,
            Map<String, String> environment) {
        return Credentials.fromEnvironment(userVariable, passwordVariable, environment);
    }
}
