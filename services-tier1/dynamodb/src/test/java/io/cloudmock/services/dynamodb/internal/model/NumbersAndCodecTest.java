package io.cloudmock.services.dynamodb.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmock.api.AwsException;

/** Number rules and the binary item form. */
class NumbersAndCodecTest {

    @Test
    void numbersAreCanonicalAndBounded() {
        assertEquals("1.5", Numbers.format(Numbers.parse("01.50")));
        assertEquals("100", Numbers.format(Numbers.parse("1E2")));
        assertEquals("0", Numbers.format(Numbers.parse("-0.000")));
        assertEquals("A value provided cannot be converted into a number",
                assertThrows(AwsException.class, () -> Numbers.parse("abc")).getMessage());
        assertEquals("Attempting to store more than 38 significant digits in a Number",
                assertThrows(AwsException.class, () -> Numbers.parse("1.234567890123456789012345678901234567891"))
                        .getMessage());
        assertEquals("Number overflow. Attempting to store a number with magnitude larger than supported range",
                assertThrows(AwsException.class, () -> Numbers.parse("1E126")).getMessage());
        assertEquals("Number underflow. Attempting to store a number with magnitude smaller than supported range",
                assertThrows(AwsException.class, () -> Numbers.parse("1E-131")).getMessage());
    }

    @Test
    void itemsSurviveTheBinaryForm() {
        Map<String, AttrValue> item = new LinkedHashMap<>();
        item.put("s", AttrValue.s("héllo"));
        item.put("n", AttrValue.n("-12.75"));
        item.put("b", AttrValue.b(new byte[] {0, 1, (byte) 255}));
        item.put("ns", AttrValue.set(AttrValue.Type.NS, List.of(Numbers.parse("1"), Numbers.parse("2.5"))));
        item.put("bs", AttrValue.set(AttrValue.Type.BS, List.of(new byte[] {1}, new byte[] {2})));
        item.put("m", AttrValue.m(Map.of("l", AttrValue.l(List.of(AttrValue.NULL, AttrValue.TRUE)))));
        assertEquals(item, ItemCodec.decode(ItemCodec.encode(item)));
    }

    @Test
    void stringsSortByUtf8Bytes() {
        assertEquals(true, AttrValue.compareUtf8("\uFF61", "\uD83D\uDE00") < 0, "U+FF61 sorts before U+1F600 in UTF-8");
        assertEquals(true, AttrValue.compareUtf8("a", "ab") < 0);
    }
}
