import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The new frontend system loads extensions lazily, and CI runs eight jest projects on two
// cores: the first render of a suite can take longer than the one-second default.
configure({ asyncUtilTimeout: 5000 });
