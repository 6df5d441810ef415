package dev.layerlab.analysis.secrets;

import java.util.regex.Pattern;

/**
 * BuildKit's {@code SecretsUsedInArgOrEnv} name test: a name whose {@code _}-separated parts include
 * apikey, auth, credential(s), key, password, pword, passwd, secret or token looks secret, unless a
 * part is public, file or version. Case does not matter.
 */
public final class SecretNames {
  private static final Pattern SECRET = Pattern.compile(
      "(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)");
  private static final Pattern ALLOWED = Pattern.compile("(?i)(?:_|^)(?:public|file|version)(?:_|$)");

  private SecretNames() {}

  public static boolean looksSecret(String name) {
    return !ALLOWED.matcher(name).find() && SECRET.matcher(name).find();
  }
}
