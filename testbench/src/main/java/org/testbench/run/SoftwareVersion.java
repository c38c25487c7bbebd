package org.testbench.run;

/** The version of testbench that is running, as recorded in every run and report. */
public final class SoftwareVersion {

    private SoftwareVersion() {
    }

    /** @return "testbench X.Y.Z" from the jar manifest, or "testbench (development build)" when run from classes */
    public static String current() {
        String v = SoftwareVersion.class.getPackage().getImplementationVersion();
        return "testbench " + (v == null ? "(development build)" : v);
    }
}
