package org.nuanxin.insurance.greenchannel;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Yes or no, and nothing else: an unknown person is simply not entitled. */
@Schema(name = "GreenChannelAnswer")
public record GreenChannelAnswer(@Schema(example = "true") boolean entitled) {
}
