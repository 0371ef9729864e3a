package org.nuanxin.family.demo;

import org.nuanxin.common.pii.ResidentIdNumber;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Made-up people for the demo registry: Minnan surnames, names of the parents' generation, identity numbers
 * with a valid MOD 11-2 check character (born in Xiamen, never twice), mobile numbers. Nobody real.
 */
final class DemoPeople {

    private static final List<String> SURNAMES = List.of("陈", "林", "黄", "张", "李", "王", "吴", "刘", "蔡", "杨",
            "郑", "许", "洪", "谢", "郭", "曾", "邱", "苏", "庄", "叶", "周", "柯", "颜", "施", "傅", "卢", "江",
            "方", "詹", "彭", "白", "纪", "薛", "康", "阮", "钟", "沈", "胡", "徐", "高");
    private static final List<String> WOMEN = List.of("秀英", "美华", "丽娟", "玉兰", "桂香", "淑珍", "金花",
            "雪梅", "宝珠", "素琴", "月娥", "丽华", "碧霞", "惠珍", "秀兰", "玉珠", "阿妹", "美玉", "淑华", "春花",
            "秀云", "丽珠", "翠英", "宝琴", "素珍", "彩云", "桂兰", "瑞珍", "丽云", "秀凤");
    private static final List<String> MEN = List.of("建国", "金水", "国华", "志强", "文杰", "清泉", "天福",
            "荣华", "德明", "永福", "振华", "明辉", "水生", "国栋", "长青", "文华", "金龙", "建平", "火旺", "阿土",
            "国良", "福生", "志明", "顺发", "耀宗", "嘉禾", "松林", "海山", "庆丰", "瑞祥");
    private static final List<String> YOUNG_GIVEN = List.of("晓燕", "志伟", "婷婷", "俊杰", "雅琳", "浩然",
            "佳怡", "子豪", "诗涵", "建辉", "丽萍", "家豪");
    private static final List<String> PHONE_PREFIXES = List.of("130", "131", "132", "133", "135", "136", "137",
            "138", "139", "150", "151", "152", "155", "158", "159", "177", "180", "181", "186", "187", "188", "189");

    private final Random random;
    private final Set<String> idNumbers = new HashSet<>();

    DemoPeople(Random random) {
        this.random = random;
    }

    String surname() {
        return pick(SURNAMES);
    }

    String woman(String surname) {
        return surname + pick(WOMEN);
    }

    String man(String surname) {
        return surname + pick(MEN);
    }

    String younger(String surname) {
        return surname + pick(YOUNG_GIVEN);
    }

    String phone() {
        return pick(PHONE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
    }

    /** A fresh identity number registered in {@code districtCode}, of a man or a woman born on {@code birth}. */
    String idNumber(String districtCode, LocalDate birth, boolean male) {
        while (true) {
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = districtCode + birth.toString().replace("-", "") + String.format("%03d", sequence);
            String number = first17 + ResidentIdNumber.checkCharacter(first17);
            if (idNumbers.add(number)) {
                return number;
            }
        }
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
