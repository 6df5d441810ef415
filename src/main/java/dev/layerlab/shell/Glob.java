package dev.layerlab.shell;

import dev.layerlab.fs.SimFs;
import dev.layerlab.fs.Entry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Shell patterns: {@code * ? [...]}, with backslash-escaped characters literal. Used for pathname
 * expansion over the simulated fs, {@code case}, {@code ${x#pat}} and {@code find -name}.
 */
public final class Glob {
  private Glob() {}

  public static boolean hasMeta(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*' || c == '?' || c == '[') {
        return true;
      }
    }
    return false;
  }

  public static boolean matches(String pattern, String text) {
    return regex(pattern).matcher(text).matches();
  }

  /** The pattern as a Java regex. */
  public static Pattern regex(String pattern) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '*') {
        re.append(".*");
      } else if (c == '?') {
        re.append('.');
      } else if (c == '[' && pattern.indexOf(']', i + 2) > 0) {
        int end = pattern.indexOf(']', i + 2);
        re.append(bracket(pattern.substring(i + 1, end)));
        i = end;
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }

  private static String bracket(String body) {
    StringBuilder out = new StringBuilder("[");
    String b = body;
    if (b.startsWith("!") || b.startsWith("^")) {
      out.append('^');
      b = b.substring(1);
    }
    for (char c : b.toCharArray()) {
      out.append(c == '-' ? "-" : Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
    }
    return out.append(']').toString();
  }

  /** Removes the escaping backslashes from a pattern without metacharacters. */
  public static String unescape(String pattern) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        c = pattern.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Pathname expansion: the sorted matches, or empty when nothing matches. */
  static List<String> expand(String pattern, String cwd, SimFs fs) {
    if (pattern.indexOf('\0') >= 0) {
      return List.of();
    }
    boolean absolute = pattern.startsWith("/");
    List<String> results = new ArrayList<>();
    walk(pattern.split("/+"), absolute ? 1 : 0, absolute ? "/" : "", cwd, fs, results);
    results.sort(null);
    return results;
  }

  private static void walk(String[] parts, int index, String prefix, String cwd, SimFs fs, List<String> out) {
    if (index >= parts.length) {
      if (fs.stat(PathNames.resolve(cwd, prefix.isEmpty() ? "." : prefix)).isPresent()) {
        out.add(prefix);
      }
      return;
    }
    String part = parts[index];
    if (!hasMeta(part)) {
      walk(parts, index + 1, join(prefix, unescape(part)), cwd, fs, out);
      return;
    }
    String dir = PathNames.resolve(cwd, prefix.isEmpty() ? "." : prefix);
    if (fs.statFollow(dir).map(Entry::isDir).orElse(false)) {
      Pattern re = regex(part);
      for (String name : fs.list(dir)) {
        if ((!name.startsWith(".") || part.startsWith(".")) && re.matcher(name).matches()) {
          walk(parts, index + 1, join(prefix, name), cwd, fs, out);
        }
      }
    }
  }

  private static String join(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix.endsWith("/") ? prefix + name : prefix + "/" + name;
  }
}
