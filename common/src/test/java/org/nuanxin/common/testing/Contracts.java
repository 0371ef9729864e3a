package org.nuanxin.common.testing;

/**
 * Whether a service's tests hold it to its documented contracts ({@link ApiContractValidation},
 * {@link EventConformance}): a service switches them on with an empty {@code src/test/resources/META-INF/nuanxin-contracts};
 * {@code -Dnuanxin.contracts=collect} runs them on any service and writes the mismatches to
 * {@code target/api-contract-violations.txt} and {@code target/event-conformance-violations.txt} instead of failing,
 * to see them all at once; {@code -Dnuanxin.contracts=off} switches them off.
 */
final class Contracts {

    private Contracts() {
    }

    static boolean enabled() {
        String mode = System.getProperty("nuanxin.contracts", "");
        if (mode.equals("off")) {
            return false;
        }
        return collecting() || Thread.currentThread().getContextClassLoader()
                .getResource("META-INF/nuanxin-contracts") != null;
    }

    static boolean collecting() {
        return System.getProperty("nuanxin.contracts", "").equals("collect");
    }
}
