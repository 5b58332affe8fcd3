package dev.plimsoll.runner.importer;

/** Port numbers as the contract language takes them. */
final class Ports {
    private Ports() {}

    static boolean valid(String number) {
        if (!number.matches("\\d{1,5}")) {
            return false;
        }
        int port = Integer.parseInt(number);
        return port >= 1 && port <= 65535;
    }
}
