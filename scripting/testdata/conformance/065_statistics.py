import statistics as st
data = [2.5, 3.1, 4.7, 5.0, 5.0, 6.2, 7.9, 8.4]
print(st.mean(data), st.median(data), st.mode(data))
print(st.stdev(data), st.variance(data))
print(st.pstdev(data), st.pvariance(data))
ints = [1, 3, 5, 7, 9, 2]
print(st.mean(ints), st.median(ints), st.median_low(ints), st.median_high(ints))
print(st.median([5, 1, 3]), st.median_low([5, 1, 3]), st.median_high([1, 2]))
print(st.mode([1, 1, 2, 2, 3]), st.mode("abracadabra"), st.multimode([1, 1, 2, 2, 3]))
print(st.mean([1, 2, 3, 4]), type(st.mean([1, 2, 3, 4])).__name__, st.mean([1, 2]))
print(st.variance([1, 2, 3, 4, 5]), st.stdev([1, 2, 3, 4, 5]), st.pvariance([1, 2, 3, 4]))
print(st.fmean([1, 2, 3, 4]), st.geometric_mean([1, 10, 100]), st.harmonic_mean([1, 2, 4]))
temps = [21.3, 22.1, 19.8, 23.4, 20.0, 22.1, 21.7]
print("mean=%.4f median=%.2f sd=%.4f" % (st.mean(temps), st.median(temps), st.stdev(temps)))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4))
print(st.median([1.5, 2.5]), st.mean([0.1, 0.2, 0.3]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
