package dev.layerlab.fs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentTest {

  @Test
  void bytes_digest_isSha256OfTheBytes() {
    // sha256("hi\n")
    assertThat(Content.of("hi\n").digest())
        .isEqualTo("sha256:98ea6e4f216f2fb4b69fff9b3a44842c38686ca685f3f55dc48c5d3fb1107be4");
  }

  @Test
  void synthetic_digest_dependsOnSizeAndSeedOnly() {
    assertThat(Content.synthetic(100, 7).digest()).isEqualTo(Content.synthetic(100, 7).digest());
    assertThat(Content.synthetic(100, 7).digest()).isNotEqualTo(Content.synthetic(100, 8).digest());
    assertThat(Content.synthetic(100, 7).digest())
        .isEqualTo(Digests.sha256("synthetic:100:7"));
  }

  @Test
  void append_bytesToBytes_staysBytes() {
    Content c = Content.of("ab").append(Content.of("cd"));
    assertThat(c).isEqualTo(Content.of("abcd"));
  }

  @Test
  void append_toSynthetic_givesSyntheticOfSummedSizeAndDerivedSeed() {
    Content c = Content.synthetic(1000, 1).append(Content.of("x"));
    assertThat(c).isInstanceOf(Content.Synthetic.class);
    assertThat(c.size()).isEqualTo(1001);
    assertThat(c).isEqualTo(Content.synthetic(1000, 1).append(Content.of("x")));
    assertThat(c).isNotEqualTo(Content.synthetic(1000, 1).append(Content.of("y")));
  }

  @Test
  void append_bytesBeyondOneMebibyte_becomesSynthetic() {
    Content big = Content.of(new byte[(int) Content.MAX_REAL_BYTES]);
    assertThat(big.append(Content.of("x"))).isInstanceOf(Content.Synthetic.class);
  }

  @Test
  void bytes_areCopied_soContentIsImmutable() {
    byte[] raw = {1, 2};
    Content.Bytes c = new Content.Bytes(raw);
    raw[0] = 9;
    c.bytes()[1] = 9;
    assertThat(c.bytes()).containsExactly(1, 2);
  }
}
