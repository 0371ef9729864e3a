package org.nuanxin.volunteer.volunteer;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SkillTest {

    @Test
    void shouldAcceptExactlyTheKnownSkillsAsAQueryParameter() {
        assertEquals(Arrays.stream(Skill.values()).map(Skill::name).collect(Collectors.joining("|")), Skill.NAMES);
    }
}
