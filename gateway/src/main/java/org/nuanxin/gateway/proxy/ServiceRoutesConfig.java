package org.nuanxin.gateway.proxy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

import java.util.Map;

/** {@code nuanxin.routes.<name>=<base url>}: {@code /api/<name>/x} is forwarded to {@code <base url>/api/x}. */
@ConfigMapping(prefix = "nuanxin.routes")
public interface ServiceRoutesConfig {

    @WithParentName
    Map<String, String> services();
}
