package org.testbench.reports.integrity;

/**
 * One file of a run folder as verification found it.
 *
 * @param file   the path relative to the folder, with '/'
 * @param status what was found
 * @param detail what that means, e.g. both hashes of a changed file
 */
public record FileCheck(String file, Status status, String detail) {

    /** What verification found for a file. */
    public enum Status {
        /** The file is as the manifest (or, for the signature, as signed) says. */
        INTACT,
        /** The file's content differs from what the manifest or the signature says. */
        CHANGED,
        /** The manifest lists the file, or a signature is required, and it is not there. */
        MISSING,
        /** The file is in the folder but not in the manifest. */
        EXTRA,
        /** The signature holds but was made by a signer that is not the trusted one. */
        UNTRUSTED
    }

    /** @return whether this file passes */
    public boolean intact() {
        return status == Status.INTACT;
    }
}
