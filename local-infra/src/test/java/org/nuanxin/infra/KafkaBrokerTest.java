package org.nuanxin.infra;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class KafkaBrokerTest {

    @Test
    void shouldNeverMakeAClusterIdTheStorageToolWouldTakeForAnOption() {
        // one random id in 64 starts with '-'; ten thousand draws meet one almost surely
        for (int i = 0; i < 10_000; i++) {
            String id = KafkaBroker.clusterId();
            assertFalse(id.startsWith("-"), id);
            assertEquals(22, id.length(), id);
        }
    }
}
