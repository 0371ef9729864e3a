package org.nuanxin.volunteer.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Chinese names common in southern Fujian, and mobile numbers in ranges no real demo user of the launcher uses. */
final class DemoNames {

    private static final String SURNAMES = "陈林黄张吴王李郑刘杨蔡许洪苏庄叶曾谢周郭何肖罗施卢邱曹柯方颜";
    private static final String GIVEN = "建国志明文华美玲秀英丽淑芬俊杰雅婷晓燕伟强敏静磊涛娟慧秋月春梅海峰宏辉鹏兰红霞琴云金水清德福荣惠珍玉凤思远嘉欣子涵";
    /** 1[3-9]x prefixes that the launcher's hand-written demo volunteers (13x, 15x, 18x) never use. */
    private static final List<String> PREFIXES = List.of("166", "173", "177", "191", "199");

    private final Random random;
    private final Set<String> phones = new HashSet<>();

    DemoNames(Random random) {
        this.random = random;
    }

    String name() {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int length = random.nextInt(10) < 3 ? 1 : 2;
        for (int i = 0; i < length; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** A unique, valid-looking mobile number. */
    String phone() {
        String phone;
        do {
            phone = PREFIXES.get(random.nextInt(PREFIXES.size())) + String.format("%08d", random.nextInt(100_000_000));
        } while (!phones.add(phone));
        return phone;
    }
}
