package dev.layerlab.analysis.secrets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strings shaped like well-known credentials, found by their published prefixes and lengths. */
final class TokenShapes {
  record Token(String kind, String value) {}

  private static final Map<String, Pattern> SHAPES = new LinkedHashMap<>();

  static {
    SHAPES.put("GitHub token", Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{60,255})"));
    SHAPES.put("AWS access key id", Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"));
    SHAPES.put("npm token", Pattern.compile("\\bnpm_[A-Za-z0-9]{36}\\b"));
    SHAPES.put("Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}"));
    SHAPES.put("Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}"));
    SHAPES.put("Stripe secret key", Pattern.compile("\\b[sr]k_live_[0-9A-Za-z]{16,}"));
    SHAPES.put("JSON web token", Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"));
    SHAPES.put("private key", Pattern.compile("-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----"));
  }

  private TokenShapes() {}

  static List<Token> find(String text) {
    List<Token> out = new ArrayList<>();
    SHAPES.forEach((kind, p) -> {
      Matcher m = p.matcher(text);
      while (m.find()) {
        out.add(new Token(kind, m.group()));
      }
    });
    return out;
  }
}
