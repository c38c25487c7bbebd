package org.testbench.reports.integrity;

/**
 * What checking {@value Manifest#SIGNATURE} found: whether the manifest is signed, whether the
 * signature holds for the manifest as it is now, who signed it and whether that signer is trusted.
 *
 * @param status      signed or not, and whether the signature holds
 * @param detail      what was found, in a sentence
 * @param failingFile the file to blame when the signature does not hold: {@value Manifest#FILE} when
 *                    the signature is intact but was made over other manifest bytes,
 *                    {@value Manifest#SIGNATURE} when the signature itself is damaged; null otherwise
 * @param signer      the signer, or null when there is no readable signature
 * @param trust       whether the signer is the trusted one
 * @param trustDetail why, in a sentence
 */
public record SignatureCheck(Status status, String detail, String failingFile, Signer signer, Trust trust,
                             String trustDetail) {

    /** Whether there is a signature and whether it holds. */
    public enum Status {
        /** There is no {@value Manifest#SIGNATURE}: an unsigned archive, valid as such. */
        NOT_SIGNED,
        /** The signature holds for the manifest as it is. */
        VALID,
        /** The signature is damaged or was made over other manifest bytes. */
        INVALID
    }

    /** Whether the signer's certificate was checked against a trusted certificate. */
    public enum Trust {
        /** The signer's certificate is the trusted certificate, or was issued by it. */
        TRUSTED,
        /** No trusted certificate was given, or there is no valid signature to check. */
        NOT_CHECKED,
        /** A trusted certificate was given and the signer's certificate is neither it nor issued by it. */
        UNTRUSTED
    }

    /** @return whether this check lets the archive pass: unsigned, or validly signed by a signer not distrusted */
    public boolean holds() {
        return status != Status.INVALID && trust != Trust.UNTRUSTED;
    }

    /** @return the check of an archive without a signature */
    static SignatureCheck notSigned() {
        return new SignatureCheck(Status.NOT_SIGNED, "not signed: there is no " + Manifest.SIGNATURE, null, null,
                Trust.NOT_CHECKED, "nothing to trust");
    }
}
