package org.nuanxin.common.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Takes a test (or a whole test class) out of {@link ApiContractValidation}: for the rare test that deliberately
 * calls what the API document does not describe (a path that does not exist, a method a path does not offer).
 * Say why; keep these rare.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NotInApiContract {

    /** Why this test's calls are outside the document. */
    String value();
}
