package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.ExpectHttp;
import dev.plimsoll.grammar.ast.ExpectPortOpen;
import dev.plimsoll.grammar.ast.OnHost;
import dev.plimsoll.grammar.ast.OnSubject;
import dev.plimsoll.grammar.ast.Service;
import dev.plimsoll.grammar.ast.Step;
import dev.plimsoll.grammar.ast.Target;
import dev.plimsoll.grammar.ast.Targeted;
import dev.plimsoll.grammar.ast.WaitAction;
import dev.plimsoll.grammar.ast.WaitForHttp;
import dev.plimsoll.grammar.ast.WaitForPort;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code on host} names a port on 127.0.0.1, so it fits ports and http only; a service's own waits watch that
 * service and name no target.
 */
final class TargetRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        Set<Target> inServices = new HashSet<>();
        for (Service service : contract.services()) {
            for (WaitAction wait : service.waits()) {
                Target target = ((Targeted) wait).target();
                if (!(target instanceof OnSubject)) {
                    inServices.add(target);
                    report.accept(Diagnostic.error(
                            "a service's wait always watches that service",
                            target.span(),
                            "remove it; to wait for another service, put the wait in that service's block"));
                }
            }
        }
        for (Targeted step : nodes.all(Targeted.class)) {
            Target target = step.target();
            if (target instanceof OnHost && !inServices.contains(target) && !reachesHost(step)) {
                report.accept(Diagnostic.error(
                        "'on host' fits only 'expect port N open', 'expect http' and 'wait for port|http'",
                        target.span(),
                        "the host has ports, not logs, processes or files: write 'on service NAME' or nothing for"
                                + " the subject"));
            }
            if (target instanceof OnHost && withoutPort(step)) {
                report.accept(Diagnostic.error(
                        "a request 'on host' needs its port",
                        target.span(),
                        "add 'port N' with the host port: on the host no container's published port can be chosen"));
            }
        }
    }

    private static boolean withoutPort(Targeted step) {
        if (step instanceof ExpectHttp http) {
            return http.request().port().isEmpty();
        }
        return step instanceof WaitForHttp http && http.request().port().isEmpty();
    }

    private static boolean reachesHost(Targeted step) {
        Step s = (Step) step;
        return s instanceof ExpectPortOpen
                || s instanceof ExpectHttp
                || s instanceof WaitForPort
                || s instanceof WaitForHttp;
    }
}
