package dev.layerlab.shell.applet;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;

/** {@code sleep N[smhd]...}: records simulated time for the scheduler; nothing waits. */
final class Sleep implements Program {
  @Override
  public int run(Invocation inv) {
    if (inv.args().isEmpty()) {
      return inv.fail("missing operand");
    }
    double total = 0;
    for (String a : inv.args()) {
      double unit = a.endsWith("m") ? 60 : a.endsWith("h") ? 3600 : a.endsWith("d") ? 86400 : 1;
      String number = a.matches(".*[smhd]$") ? a.substring(0, a.length() - 1) : a;
      try {
        double v = Double.parseDouble(number);
        if (v < 0 || Double.isNaN(v) || number.matches(".*[a-zA-Z].*")) {
          throw new NumberFormatException();
        }
        total += v * unit;
      } catch (NumberFormatException e) {
        return inv.fail("invalid number '" + a + "'");
      }
    }
    inv.sleep(total);
    return 0;
  }
}
