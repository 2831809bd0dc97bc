package dev.glossarytutor.totd;

/** The {@link TotdClaimRepository} contract in memory. */
class InProcessClaimsTest extends TotdClaimRepositoryContract {
    private final InProcessClaims claims = new InProcessClaims();

    @Override
    protected TotdClaimRepository claims() {
        return claims;
    }

    @Override
    protected TotdClaimRepository claimsOfAnotherProcess() {
        return claims;
    }
}
