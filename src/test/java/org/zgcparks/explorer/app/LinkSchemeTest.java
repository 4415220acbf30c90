package org.zgcparks.explorer.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The zgcparks:// scheme for the Windows user: the registry file, and nothing done elsewhere. */
class LinkSchemeTest {

    @Test
    void theRegistryFileRunsTheLauncherWithTheLink() {
        String reg = LinkScheme.regFile("C:\\Program Files\\ZGC Parks Explorer\\ZGC Parks Explorer.exe");
        assertTrue(reg.startsWith("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Classes\\zgcparks]\r\n"), reg);
        assertTrue(reg.contains("\r\n\"URL Protocol\"=\"\"\r\n"), reg);
        assertTrue(reg.contains("[HKEY_CURRENT_USER\\Software\\Classes\\zgcparks\\shell\\open\\command]\r\n"
                + "@=\"\\\"C:\\\\Program Files\\\\ZGC Parks Explorer\\\\ZGC Parks Explorer.exe\\\" \\\"%1\\\"\"\r\n"), reg);
    }

    @Test
    void onlyTheAppInstalledOnWindowsRegistersIt() {
        assertFalse(LinkScheme.registerIfInstalled("Linux", "/opt/zgc-parks-explorer/bin/zgc-parks-explorer"));
        assertFalse(LinkScheme.registerIfInstalled("Windows 11", null), "run from the jar, not the installed launcher");
        assertFalse(LinkScheme.registerIfInstalled("Mac OS X", "/Applications/ZGC Parks Explorer.app"));
    }
}
