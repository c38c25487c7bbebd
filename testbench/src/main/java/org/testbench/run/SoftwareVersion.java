package org.testbench.run;

/** The version of testbench that is running, as recorded in every run and report. */
public final class SoftwareVersion {

    private SoftwareVersion() {
    }

    /** @return the version from the jar manifest, e.g. "0.1.0", or "(development build)" when run from classes */
    public static String current() {
        String v = SoftwareVersion.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
