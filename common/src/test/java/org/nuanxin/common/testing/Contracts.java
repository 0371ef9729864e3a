package org.nuanxin.common.testing;

/**
 * Whether a service's tests hold it to its documented contracts ({@link ApiContractValidation},
 * {@link EventConformance}). They are on in every module whose tests have common's test-jar; a module can switch
 * them off with an empty {@code src/test/resources/META-INF/nuanxin-contracts-off} (no service has one: a module
 * that wants it has a document to correct instead). {@code -Dnuanxin.contracts=collect} runs them without failing
 * and writes the mismatches to {@code target/api-contract-violations.txt} and
 * {@code target/event-conformance-violations.txt}, to see them all at once; {@code -Dnuanxin.contracts=off} switches
 * them off for one run.
 */
final class Contracts {

    /** The opt-out marker on a module's test class path. */
    static final String OFF_MARKER = "META-INF/nuanxin-contracts-off";

    private Contracts() {
    }

    static boolean enabled() {
        String mode = System.getProperty("nuanxin.contracts", "");
        if (mode.equals("off")) {
            return false;
        }
        return collecting() || Thread.currentThread().getContextClassLoader().getResource(OFF_MARKER) == null;
    }

    static boolean collecting() {
        return System.getProperty("nuanxin.contracts", "").equals("collect");
    }
}
